"""Email syntax shared by every layer (:mod:`composer.mail.syntax`). No Qt."""
