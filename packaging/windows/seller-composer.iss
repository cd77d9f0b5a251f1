; Inno Setup script: a per-user Setup.exe for Seller Composer (no administrator rights).
; packaging/build.py compiles it with the folder PyInstaller made:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\package\dist\seller-composer
;        /DIconFile=build\package\icons\seller-composer.ico /Odist packaging\windows\seller-composer.iss
; Installs into %LOCALAPPDATA%\Programs\Seller Composer, adds a Start-menu entry and an
; uninstaller (Settings > Apps). Drafts live in %APPDATA%\SellerComposer and are kept by
; upgrades and by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\package\dist\seller-composer"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\package\icons\seller-composer.ico"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B0E3A52-4C1F-4E8B-9B7A-2F5C1D9E8A41}
AppName=Seller Composer
AppVersion={#AppVersion}
AppVerName=Seller Composer {#AppVersion}
AppPublisher=Seller Composer
DefaultDirName={autopf}\Seller Composer
DefaultGroupName=Seller Composer
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=SellerComposer-{#AppVersion}-Setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\SellerComposer.exe
UninstallDisplayName=Seller Composer
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open copy of the app is closed (and its draft saved) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Seller Composer"; Filename: "{app}\SellerComposer.exe"; Comment: "Write Amazon buyer messages that Amazon will deliver"
Name: "{group}\{cm:UninstallProgram,Seller Composer}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Seller Composer"; Filename: "{app}\SellerComposer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\SellerComposer.exe"; Description: "{cm:LaunchProgram,Seller Composer}"; Flags: nowait postinstall skipifsilent
