@echo off
rem pictor.cmd: runs ..\lib\pictor.jar with the JVM options of a short-lived tool and a class-data-sharing archive,
rem as bin/pictor does on POSIX systems. Not tested in CI (which runs Linux only): report what goes wrong.
rem
rem The archive goes to %LOCALAPPDATA%\pictor\cds, named by the jar's size and modification time; the JVM checks the
rem jar and its own version itself and, with -Xlog:cds=off, silently ignores an archive that does not match. On first
rem use the command's run dumps it under a temporary name, which is then renamed. Whenever the archive cannot be
rem used or written, plain java -jar runs.
rem Environment: JAVA_HOME, PICTOR_JAVA_OPTS (more JVM options, after the launcher's), PICTOR_CDS=off.
setlocal
set "PICTOR_JAR=%~dp0..\lib\pictor.jar"
if defined JAVA_HOME (set "PICTOR_JAVACMD=%JAVA_HOME%\bin\java.exe") else (set "PICTOR_JAVACMD=java")
set "PICTOR_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData %PICTOR_JAVA_OPTS%"
set "PICTOR_QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"

if /i "%PICTOR_CDS%"=="off" goto plain
if defined JAVA_TOOL_OPTIONS goto plain
if defined JDK_JAVA_OPTIONS goto plain
if defined _JAVA_OPTIONS goto plain
if not defined LOCALAPPDATA goto plain
for %%J in ("%PICTOR_JAR%") do set "PICTOR_KEY=%%~zJ-%%~tJ"
set "PICTOR_KEY=%PICTOR_KEY:/=%"
set "PICTOR_KEY=%PICTOR_KEY::=%"
set "PICTOR_KEY=%PICTOR_KEY: =%"
set "PICTOR_KEY=%PICTOR_KEY:.=%"
set "PICTOR_CACHE=%LOCALAPPDATA%\pictor\cds"
set "PICTOR_ARCHIVE=%PICTOR_CACHE%\pictor-%PICTOR_KEY%.jsa"
if exist "%PICTOR_ARCHIVE%" goto cached

if not exist "%PICTOR_CACHE%" mkdir "%PICTOR_CACHE%" 2>nul
set "PICTOR_TMP=%PICTOR_ARCHIVE%.%RANDOM%.tmp"
type nul >"%PICTOR_TMP%" 2>nul || goto plain
"%PICTOR_JAVACMD%" %PICTOR_QUIET% -XX:ArchiveClassesAtExit="%PICTOR_TMP%" %PICTOR_OPTS% -jar "%PICTOR_JAR%" %*
set "PICTOR_STATUS=%ERRORLEVEL%"
for %%T in ("%PICTOR_TMP%") do if %%~zT gtr 0 (move /y "%PICTOR_TMP%" "%PICTOR_ARCHIVE%" >nul 2>nul)
if exist "%PICTOR_TMP%" del /q "%PICTOR_TMP%" >nul 2>nul
exit /b %PICTOR_STATUS%

:cached
"%PICTOR_JAVACMD%" %PICTOR_QUIET% -XX:SharedArchiveFile="%PICTOR_ARCHIVE%" %PICTOR_OPTS% -jar "%PICTOR_JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%PICTOR_JAVACMD%" %PICTOR_OPTS% -jar "%PICTOR_JAR%" %*
exit /b %ERRORLEVEL%
