//! What the window's asset protocol serves: the pages Tauri embeds from
//! `dist/`, and the bundled fonts at `/fonts/<file>` straight from the `ui`
//! crate's bytes (`ui::fonts`), so the stylesheet points at files on the
//! page's own origin (`font-src 'self'`) and no copy of them lives in
//! `dist/`.

use std::borrow::Cow;

use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{Assets, Runtime};

/// Tauri's embedded assets with the fonts beside them.
pub struct AppAssets<R: Runtime> {
    pub embedded: Box<dyn Assets<R>>,
}

/// The font file an asset path names, if it is one.
fn font_of(path: &str) -> Option<&'static [u8]> {
    let file = path.strip_prefix(ui::fonts::FONT_PATH)?;
    ui::fonts::bundled_file(file)
}

impl<R: Runtime> Assets<R> for AppAssets<R> {
    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        match font_of(key.as_ref()) {
            Some(bytes) => Some(Cow::Borrowed(bytes)),
            None => self.embedded.get(key),
        }
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        let fonts = ui::fonts::BUNDLED_FONTS.iter().map(|f| {
            (
                Cow::Owned(format!("{}{}", ui::fonts::FONT_PATH, f.file)),
                Cow::Borrowed(f.woff2),
            )
        });
        Box::new(self.embedded.iter().chain(fonts))
    }

    fn csp_hashes(&self, html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        self.embedded.csp_hashes(html_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_are_at_the_path_the_stylesheet_names() {
        for font in ui::fonts::BUNDLED_FONTS {
            let key = AssetKey::from(format!("fonts/{}", font.file));
            assert_eq!(font_of(key.as_ref()), Some(font.woff2));
            assert!(ui::fonts::font_faces().contains(&format!("url({})", key.as_ref())));
        }
        assert_eq!(font_of("/fonts/../index.html"), None);
        assert_eq!(font_of("/index.html"), None);
    }
}
