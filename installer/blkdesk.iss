; Inno Setup 6 script: packs the PyInstaller bundle (dist\BLKDesk) into one setup program a clerk
; can run from a USB stick. Build on Windows, after `pyinstaller --noconfirm build_installer.spec`:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\blkdesk.iss
; The setup lands in dist\installer\BLKDesk-<version>-setup.exe.
;
; - Per-user: no administrator rights needed (old office PCs often have no admin password at hand);
;   the program goes to %LOCALAPPDATA%\Programs\BLKDesk.
; - The data (database, backups, logs, settings) lives elsewhere, in %LOCALAPPDATA%\BLKDesk, which
;   setup and uninstall never touch: installing a new version over an old one keeps the data, and
;   BLKDesk itself migrates the database at the next start (after copying it beside itself).

#define Bundle AddBackslash(SourcePath) + "..\dist\BLKDesk"
#ifndef AppVersion
  ; The version resource build_installer.spec writes from pyproject.toml, e.g. 0.1.0.0.
  #define AppVersion GetVersionNumbersString(Bundle + "\BLKDesk.exe")
#endif

[Setup]
; Never change AppId: it is how a new version finds and replaces the old one.
AppId={{6F0B2C57-3E0B-4C46-9C1B-BD2A3E6A9F41}
AppName=BLKDesk
AppVersion={#AppVersion}
AppVerName=BLKDesk {#AppVersion}
AppPublisher=BLKDesk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\BLKDesk
DefaultGroupName=BLKDesk
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\BLKDesk.exe
UninstallDisplayName=BLKDesk
OutputDir=..\dist\installer
OutputBaseFilename=BLKDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Qt 6 and Python 3.11 need 64-bit Windows 10 or later.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running BLKDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
#if FileExists(AddBackslash(SourcePath) + "..\build\blkdesk.ico")
SetupIconFile=..\build\blkdesk.ico
#endif

[Languages]
; Indonesian ships with Inno Setup as an unofficial translation; use it when it is installed.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Unofficial\Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
DesktopIcon=Buat ikon di desktop
ShortcutGroup=Ikon tambahan:
GuideComment=Buka BLKDesk
DataKept=BLKDesk sudah dihapus. Data Anda (database, cadangan dan log) tetap tersimpan di %1. Hapus folder itu sendiri hanya jika data tersebut benar-benar tidak diperlukan lagi.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:ShortcutGroup}"

[InstallDelete]
; Libraries of the previous version (PyInstaller's _internal folder) are replaced as a whole, so
; no stale DLL of an older Qt is left to be loaded. This is the program folder, never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\BLKDesk"; Filename: "{app}\BLKDesk.exe"; Comment: "{cm:GuideComment}"
Name: "{autodesktop}\BLKDesk"; Filename: "{app}\BLKDesk.exe"; Comment: "{cm:GuideComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\BLKDesk.exe"; Description: "{cm:LaunchProgram,BLKDesk}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\BLKDesk')]),
      mbInformation, MB_OK, IDOK);
end;
