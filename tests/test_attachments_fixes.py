"""Picture fixes write copies that fit, stay legible and upright, and leak no location."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from attachment_factory import (
    GPS_IFD,
    gps_exif,
    noisy_picture,
    picture,
    write_image,
    write_pdf,
    write_png_bomb,
)
from PIL import Image

from composer.attachments import (
    ImageFixError,
    check_attachments,
    convert_image,
    has_gps,
    inspect_file,
    rename_copy,
    shrink_image,
    strip_metadata,
)
from composer.attachments.fixes import strip_jpeg_segments


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def big_photo(tmp_path_factory) -> Path:
    """A noisy 4000×3000 JPEG that is over the whole 10 MB budget on its own."""
    folder = tmp_path_factory.mktemp("big")
    return write_image(folder / "pallet.jpg", noisy_picture((4000, 3000)), quality=95)


def test_big_photo_is_over_budget(big_photo: Path) -> None:
    assert big_photo.stat().st_size > 10_000_000
    assert [f.rule for f in check_attachments([big_photo])] == ["attachment-size"]


@pytest.mark.parametrize("max_bytes", [6_000_000, 1_500_000])
def test_shrink_fits_the_budget_and_stays_legible(
    big_photo: Path, tmp_path: Path, max_bytes: int
) -> None:
    before = _digest(big_photo)
    out = shrink_image(big_photo, tmp_path / "out", max_bytes)
    assert out.parent == tmp_path / "out" and out.suffix == ".jpg"
    assert out.stat().st_size <= max_bytes
    with Image.open(out) as image:
        image.load()
        assert max(image.size) >= 800
        assert image.size[0] / image.size[1] == pytest.approx(4 / 3, rel=0.01)
    assert _digest(big_photo) == before
    assert check_attachments([out]) == []


def test_shrink_aims_well_under_the_budget_not_just_under_it(big_photo: Path,
                                                             tmp_path: Path) -> None:
    out = shrink_image(big_photo, tmp_path / "out", 9_500_000)  # nearly the whole 10 MB left
    assert out.stat().st_size <= 2_000_000
    with Image.open(out) as image:
        assert 800 <= max(image.size) <= 2000


def test_shrink_refuses_to_go_below_legible_size(big_photo: Path, tmp_path: Path) -> None:
    with pytest.raises(ImageFixError, match="staying readable"):
        shrink_image(big_photo, tmp_path / "out", 20_000)
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []


def test_shrink_with_no_room_left_says_so(tmp_path: Path) -> None:
    path = write_image(tmp_path / "a.jpg")
    with pytest.raises(ImageFixError, match="no room left"):
        shrink_image(path, tmp_path / "out", 0)


def test_shrink_keeps_transparency_as_png(tmp_path: Path) -> None:
    path = write_image(tmp_path / "logo.png", picture((1600, 1200), mode="RGBA"))
    limit = path.stat().st_size // 3
    out = shrink_image(path, tmp_path / "out", limit)
    assert out.suffix == ".png" and out.stat().st_size <= limit
    with Image.open(out) as image:
        assert "A" in image.convert("RGBA").getbands()
        assert image.convert("RGBA").getchannel("A").getextrema()[0] < 255


def test_shrink_a_picture_that_fits_copies_it(tmp_path: Path) -> None:
    path = write_image(tmp_path / "small.png")
    out = shrink_image(path, tmp_path / "out", 10_000_000)
    assert _digest(out) == _digest(path) and out != path


def test_shrink_refuses_non_pictures(tmp_path: Path) -> None:
    with pytest.raises(ImageFixError, match="not a picture"):
        shrink_image(write_pdf(tmp_path / "a.pdf"), tmp_path / "out", 100)
    with pytest.raises(ImageFixError, match="too large to open safely"):
        shrink_image(write_png_bomb(tmp_path / "bomb.png"), tmp_path / "out", 100)


@pytest.mark.parametrize("ext", [".jpg", ".png", ".tif"])
def test_strip_metadata_removes_gps(tmp_path: Path, ext: str) -> None:
    path = write_image(tmp_path / f"parcel{ext}", picture((160, 90)), exif=gps_exif())
    assert has_gps(path)
    before = _digest(path)
    out = strip_metadata(path, tmp_path / "clean")
    assert not has_gps(out)
    with Image.open(out) as image:
        exif = image.getexif()
        assert GPS_IFD not in exif and exif.get_ifd(GPS_IFD) == {}
        assert 0x010F not in exif  # the camera make is gone too
        assert image.size == (160, 90)
    assert _digest(path) == before and has_gps(path)
    assert check_attachments([out]) == []


def test_strip_metadata_keeps_a_rotated_photo_upright(tmp_path: Path) -> None:
    path = write_image(tmp_path / "box.jpg", picture((160, 90)), exif=gps_exif(orientation=6))
    out = strip_metadata(path, tmp_path / "clean")
    with Image.open(out) as image:
        assert image.size == (90, 160)  # the pixels were turned, not just the tag dropped
        assert 0x0112 not in image.getexif()
    assert not has_gps(out)


def test_lossless_jpeg_strip_keeps_the_pixels(tmp_path: Path) -> None:
    path = write_image(tmp_path / "label.jpg", picture((64, 64)), exif=gps_exif())
    stripped = strip_jpeg_segments(path.read_bytes())
    assert b"Exif\x00\x00" not in stripped
    out = tmp_path / "out.jpg"
    out.write_bytes(stripped)
    with Image.open(path) as original, Image.open(out) as clean:
        assert original.tobytes() == clean.tobytes()


def test_convert_bmp_graphic_to_png_and_photo_to_jpeg(tmp_path: Path) -> None:
    graphic = write_image(tmp_path / "diagram.bmp", Image.new("RGB", (400, 300), "white"))
    photo = write_image(tmp_path / "shelf.bmp", noisy_picture((400, 300)))
    before = _digest(photo)
    png = convert_image(graphic, tmp_path / "out")
    jpg = convert_image(photo, tmp_path / "out")
    assert png.suffix == ".png" and jpg.suffix == ".jpg"
    assert png.stat().st_size < graphic.stat().st_size
    assert jpg.stat().st_size < photo.stat().st_size
    assert _digest(photo) == before
    assert check_attachments([png, jpg]) == []


def test_convert_tiff_and_refuse_when_nothing_gained(tmp_path: Path) -> None:
    tiff = write_image(tmp_path / "scan.tif", picture((300, 200)))
    assert inspect_file(convert_image(tiff, tmp_path / "out")).real_kind in ("png", "jpeg")
    with pytest.raises(ImageFixError, match="already a compact"):
        convert_image(write_image(tmp_path / "a.png"), tmp_path / "out")


def test_rename_copy_gives_the_right_extension(tmp_path: Path) -> None:
    path = write_image(tmp_path / "product.jpg", format="PNG")
    out = rename_copy(path, tmp_path / "out")
    assert out.name == "product.png" and _digest(out) == _digest(path)
    assert path.exists()


def test_fixes_never_overwrite_existing_copies(tmp_path: Path) -> None:
    path = write_image(tmp_path / "parcel.jpg", exif=gps_exif())
    first = strip_metadata(path, tmp_path / "out")
    second = strip_metadata(path, tmp_path / "out")
    assert first != second and first.exists() and second.exists()
    with pytest.raises(ImageFixError):
        rename_copy(tmp_path / "missing.jpg", tmp_path / "out")
