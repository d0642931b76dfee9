//! Whose request it is, for the per-address rate limits: the connection's
//! peer, unless the peer is one of the reverse proxies the portal was told
//! to trust (`serve --trusted-proxy`), in which case the address that proxy
//! saw, from `X-Forwarded-For`.
//!
//! Behind nginx every connection comes from nginx: without this, one busy
//! desk would spend everybody's login and submission allowance. Only the
//! rightmost addresses are read, and only while they are trusted proxies'
//! own: whatever a client writes into the header itself sits to their left
//! and is never believed.

use std::net::IpAddr;

use axum::http::HeaderMap;

/// The address the rate limits count a request against.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let parts: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    // From the right: the first address that is not a trusted proxy is the
    // client as the nearest trusted proxy saw it; anything unreadable on
    // the way leaves the peer.
    for part in parts.into_iter().rev() {
        match part.parse::<IpAddr>() {
            Ok(a) if trusted.contains(&a) => continue,
            Ok(a) => return a,
            Err(_) => return peer,
        }
    }
    peer
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn forwarded(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn only_a_trusted_proxy_is_believed() {
        let nginx = ip("127.0.0.1");
        let h = forwarded("203.0.113.7");
        assert_eq!(client_ip(nginx, &h, &[nginx]), ip("203.0.113.7"));
        // Not a trusted proxy: its header is the client's own words.
        assert_eq!(
            client_ip(ip("198.51.100.2"), &h, &[nginx]),
            ip("198.51.100.2")
        );
        assert_eq!(client_ip(nginx, &h, &[]), nginx);
    }

    #[test]
    fn what_the_client_wrote_itself_is_ignored() {
        let nginx = ip("127.0.0.1");
        // The client sent "X-Forwarded-For: 10.0.0.1"; nginx appended the
        // address it saw.
        let h = forwarded("10.0.0.1, 203.0.113.7");
        assert_eq!(client_ip(nginx, &h, &[nginx]), ip("203.0.113.7"));
        // Two proxies in a row, both trusted.
        let lb = ip("10.1.1.1");
        let h = forwarded("10.0.0.1, 203.0.113.7, 10.1.1.1");
        assert_eq!(client_ip(nginx, &h, &[nginx, lb]), ip("203.0.113.7"));
        // Nothing usable: the peer.
        assert_eq!(client_ip(nginx, &forwarded("unknown"), &[nginx]), nginx);
        assert_eq!(client_ip(nginx, &HeaderMap::new(), &[nginx]), nginx);
    }
}
