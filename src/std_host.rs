//! `StdHost`: the host for std platforms — buffered stdout, stderr, script name.

use std::io::Write;
use std::path::{Path, PathBuf};

use vm_core::{FileInfo, Host, HostIoError, WriteMode};

/// Writes script output to the process's stdout (buffered) and stderr,
/// reads user modules from a search path, and tells the time.
pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    script: String,
    /// The script's absolute path (`__main__.__file__`, as CPython has it
    /// since 3.9), or its name when it is no file.
    script_path: String,
    search_path: Vec<PathBuf>,
    start: std::time::Instant,
}

impl StdHost {
    /// A host for the script named `script`. Modules are searched for next
    /// to the script, then in `extra_paths`, then in `$OURO_PATH` (`:`-separated).
    pub fn new(script: &str, extra_paths: &[PathBuf]) -> StdHost {
        let mut search_path = Vec::new();
        // The script's directory, absolute as in CPython's `sys.path[0]`
        // ("" for the REPL: the current directory).
        let script_file = Path::new(script);
        let dir = match script_file.is_file() {
            true => std::path::absolute(script_file).ok().and_then(|p| p.parent().map(Path::to_path_buf)),
            false => None,
        };
        search_path.push(dir.unwrap_or_default());
        search_path.extend(extra_paths.iter().cloned());
        if let Ok(p) = std::env::var("OURO_PATH") {
            search_path.extend(p.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
        }
        StdHost {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            script: script.to_string(),
            script_path: Path::new(script)
                .is_file()
                .then(|| std::path::absolute(script).ok())
                .flatten()
                .and_then(|p| p.to_str().map(String::from))
                .unwrap_or_else(|| script.to_string()),
            search_path,
            start: std::time::Instant::now(),
        }
    }

    /// Makes `dir` the first directory imports search (`sys.path[0]`), in
    /// place of the script's (`-m` searches the current directory, "").
    pub fn set_script_dir(&mut self, dir: PathBuf) {
        match self.search_path.first_mut() {
            Some(first) => *first = dir,
            None => self.search_path.push(dir),
        }
    }
}

impl Host for StdHost {
    fn flush(&mut self) {
        let _ = self.out.flush();
    }

    fn write_stdout(&mut self, text: &str) {
        let _ = self.out.write_all(text.as_bytes());
    }

    fn write_stderr(&mut self, text: &str) {
        self.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    fn write_stdout_bytes(&mut self, data: &[u8]) {
        let _ = self.out.write_all(data);
    }

    fn write_stderr_bytes(&mut self, data: &[u8]) {
        self.flush();
        let _ = std::io::stderr().write_all(data);
    }

    fn read_line(&mut self) -> Option<String> {
        self.flush();
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }

    fn script_name(&self) -> &str {
        &self.script
    }

    fn script_path(&self) -> &str {
        &self.script_path
    }

    fn executable(&self) -> String {
        std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()
    }

    fn time(&self) -> Option<f64> {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok().map(|d| d.as_secs_f64())
    }

    fn perf_counter(&self) -> Option<f64> {
        Some(self.start.elapsed().as_secs_f64())
    }

    fn sleep(&mut self, seconds: f64) {
        if seconds > 0.0 && seconds.is_finite() {
            self.flush();
            std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
        }
    }

    fn load_module_source(&mut self, name: &str) -> Option<(String, String)> {
        find_module_source(&self.search_path, name)
    }

    fn module_search_path(&self) -> Vec<String> {
        self.search_path.iter().map(|p| p.to_string_lossy().into_owned()).collect()
    }

    fn load_module_source_from(&mut self, name: &str, path: &[String]) -> Option<(String, String)> {
        let dirs: Vec<PathBuf> = path.iter().map(PathBuf::from).collect();
        find_module_source(&dirs, name)
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, HostIoError> {
        read_file(Path::new(path))
    }

    fn write_file(&mut self, path: &str, data: &[u8], mode: WriteMode) -> Result<(), HostIoError> {
        write_file(Path::new(path), data, mode)
    }

    fn file_info(&mut self, path: &str) -> Result<FileInfo, HostIoError> {
        file_info(Path::new(path))
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, HostIoError> {
        list_dir(Path::new(path))
    }

    fn remove_file(&mut self, path: &str) -> Result<(), HostIoError> {
        remove_file(Path::new(path))
    }

    fn make_dir(&mut self, path: &str) -> Result<(), HostIoError> {
        make_dir(Path::new(path))
    }

    fn remove_dir(&mut self, path: &str) -> Result<(), HostIoError> {
        remove_dir(Path::new(path))
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), HostIoError> {
        rename(Path::new(from), Path::new(to))
    }

    fn current_dir(&mut self) -> Result<String, HostIoError> {
        std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).map_err(|e| io_error(&e))
    }

    fn set_current_dir(&mut self, path: &str) -> Result<(), HostIoError> {
        std::env::set_current_dir(path).map_err(|e| io_error(&e))
    }

    fn env_vars(&mut self) -> Vec<(String, String)> {
        std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))).collect()
    }

    fn fill_random(&mut self, buf: &mut [u8]) -> bool {
        fill_random(buf)
    }
}

/// `Host::fill_random` from the operating system's generator
/// (`/dev/urandom`, as CPython falls back to; false elsewhere).
pub fn fill_random(buf: &mut [u8]) -> bool {
    #[cfg(unix)]
    {
        use std::io::Read;
        std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).is_ok()
    }
    #[cfg(not(unix))]
    {
        let _ = buf;
        false
    }
}

/// `Host::file_info` over the file system (following symbolic links).
pub fn file_info(path: &Path) -> Result<FileInfo, HostIoError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(&e))?;
    let mtime_ns = meta.modified().ok().and_then(|t| match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).ok(),
        Err(before) => i64::try_from(before.duration().as_nanos()).ok().map(|n| -n),
    });
    #[cfg(unix)]
    let permissions = {
        use std::os::unix::fs::PermissionsExt;
        Some(meta.permissions().mode() & 0o7777)
    };
    #[cfg(not(unix))]
    let permissions = None;
    Ok(FileInfo { is_file: meta.is_file(), is_dir: meta.is_dir(), size: meta.len(), mtime_ns, permissions })
}

/// `Host::remove_file` over the file system.
pub fn remove_file(path: &Path) -> Result<(), HostIoError> {
    std::fs::remove_file(path).map_err(|e| io_error(&e))
}

/// `Host::make_dir` over the file system (mode 0o777 less the umask, as
/// `os.mkdir`'s default).
pub fn make_dir(path: &Path) -> Result<(), HostIoError> {
    std::fs::create_dir(path).map_err(|e| io_error(&e))
}

/// `Host::remove_dir` over the file system (the directory must be empty).
pub fn remove_dir(path: &Path) -> Result<(), HostIoError> {
    std::fs::remove_dir(path).map_err(|e| io_error(&e))
}

/// `Host::rename` over the file system (POSIX `rename`: a file at `to`
/// is replaced).
pub fn rename(from: &Path, to: &Path) -> Result<(), HostIoError> {
    std::fs::rename(from, to).map_err(|e| io_error(&e))
}

/// `Host::list_dir` over the file system (names that are not UTF-8 are
/// left out).
pub fn list_dir(path: &Path) -> Result<Vec<String>, HostIoError> {
    let entries = std::fs::read_dir(path).map_err(|e| io_error(&e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_error(&e))?;
        if let Ok(name) = entry.file_name().into_string() {
            names.push(name);
        }
    }
    Ok(names)
}

/// `Host::read_file` over the file system (the CLI's `open`).
pub fn read_file(path: &Path) -> Result<Vec<u8>, HostIoError> {
    if path.is_dir() {
        return Err(HostIoError { errno: 21, message: "Is a directory".into() });
    }
    std::fs::read(path).map_err(|e| io_error(&e))
}

/// `Host::write_file` over the file system (the CLI's `open`).
pub fn write_file(path: &Path, data: &[u8], mode: WriteMode) -> Result<(), HostIoError> {
    let mut options = std::fs::OpenOptions::new();
    match mode {
        WriteMode::Truncate => options.write(true).create(true).truncate(true),
        WriteMode::Append => options.append(true).create(true),
        WriteMode::CreateNew => options.write(true).create_new(true),
    };
    let mut file = options.open(path).map_err(|e| io_error(&e))?;
    file.write_all(data).map_err(|e| io_error(&e))
}

/// The errno and `strerror` text of an I/O error (std's text without its
/// " (os error N)" suffix).
fn io_error(e: &std::io::Error) -> HostIoError {
    let text = e.to_string();
    let message = match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    HostIoError { errno: e.raw_os_error().unwrap_or(5), message }
}

/// Looks for `name` (dotted: `a.b` is `a/b.py` or `a/b/__init__.py`) in `dirs`.
pub fn find_module_source(dirs: &[PathBuf], name: &str) -> Option<(String, String)> {
    let rel: PathBuf = name.split('.').collect();
    for dir in dirs {
        for candidate in [dir.join(&rel).with_extension("py"), dir.join(&rel).join("__init__.py")] {
            if let Ok(src) = std::fs::read_to_string(&candidate) {
                return Some((src, candidate.display().to_string()));
            }
        }
    }
    None
}

impl Drop for StdHost {
    fn drop(&mut self) {
        self.flush();
    }
}
