//! Debian's nginx on a free loopback port, as the current user with a
//! prefix of its own in a temporary folder; killed on drop.

use std::path::Path;
use std::time::Duration;

#[derive(Debug)]
pub struct Nginx {
    pub port: u16,
    child: std::process::Child,
    tmp: tempfile::TempDir,
}

/// A free loopback port (the listener is closed again at once).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Nginx {
    /// nginx serving the feed folder `root` as a static host would, with
    /// the feed's cache headers.
    pub fn start(root: &Path) -> Nginx {
        Nginx::start_http(&[], |port| {
            format!(
                "types {{ application/json json; application/zstd zst; }}
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location = /manifest.json {{ add_header Cache-Control \"public, max-age=60\"; }}
        location /snap/ {{ add_header Cache-Control \"public, max-age=31536000, immutable\"; }}
        location /delta/ {{ add_header Cache-Control \"public, max-age=31536000, immutable\"; }}
    }}",
                root = root.display()
            )
        })
    }

    /// nginx with the `http { … }` block's contents `http(port)` gives
    /// (its servers listen on `127.0.0.1:<port>`), and `files` (name,
    /// contents) beside its configuration, for it to include.
    pub fn start_http(files: &[(&str, &str)], http: impl FnOnce(u16) -> String) -> Nginx {
        let tmp = tempfile::tempdir().unwrap();
        for (name, contents) in files {
            std::fs::write(tmp.path().join(name), contents).unwrap();
        }
        let port = free_port();
        let conf = format!(
            "daemon off;
master_process off;
worker_processes 1;
pid {p}/nginx.pid;
error_log {p}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {p}/body;
    proxy_temp_path {p}/proxy;
    fastcgi_temp_path {p}/fastcgi;
    uwsgi_temp_path {p}/uwsgi;
    scgi_temp_path {p}/scgi;
    {http}
}}
",
            p = tmp.path().display(),
            http = http(port),
        );
        std::fs::write(tmp.path().join("nginx.conf"), conf).unwrap();
        let mut child = std::process::Command::new("/usr/sbin/nginx")
            .arg("-p")
            .arg(tmp.path())
            .arg("-c")
            .arg(tmp.path().join("nginx.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("nginx is installed (scripts/deps.sh)");
        // Wait (bounded) until it accepts connections.
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Nginx { port, child, tmp };
            }
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let mut said = String::new();
        if let Some(mut err) = child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut err, &mut said);
        }
        let _ = child.wait();
        let log = std::fs::read_to_string(tmp.path().join("error.log")).unwrap_or_default();
        panic!("nginx did not start: {said}{log}");
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// What nginx logged (warnings and errors).
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.tmp.path().join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
