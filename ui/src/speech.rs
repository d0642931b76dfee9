//! Read aloud: the webview's own speech synthesis (`speechSynthesis`),
//! reached through `document::eval`, in the text's language when the
//! device has a voice for it; a translated notice when it has none.
//!
//! The spoken text is built here, in Rust ([`spoken_text`]), so it can be
//! tested without a browser: phone numbers are read digit by digit ("+39 06
//! 1234" becomes "+ 3 9, 0 6, 1 2 3 4"), never as one huge number. It is also
//! on the page as `data-speech-text`, for tests and review.

use catalog::Lang;
use dioxus::prelude::*;

use crate::session::use_session;

/// How many digits make a run of digits a phone number (or a code to read
/// digit by digit) rather than an amount or a year.
const MIN_PHONE_DIGITS: usize = 6;

fn digit_of(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        // Arabic-Indic and Extended Arabic-Indic digits, as Arabic shows them.
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Some(c),
        _ => None,
    }
}

/// `text` with every phone-like number spelled digit by digit: its digits
/// separated by spaces, its groups by commas (a pause), a leading `+` kept.
pub fn spoken_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let starts_number = digit_of(chars[i]).is_some()
            || (chars[i] == '+' && chars.get(i + 1).and_then(|c| digit_of(*c)).is_some());
        if !starts_number {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run: digits and the separators phone numbers are written with,
        // ending on a digit.
        let mut end = i + 1;
        let mut last_digit = i;
        while end < chars.len() {
            let c = chars[end];
            if digit_of(c).is_some() {
                last_digit = end;
            } else if !matches!(c, ' ' | '.' | '-' | '/' | '\u{00A0}') {
                break;
            }
            end += 1;
        }
        let run = &chars[i..=last_digit];
        let digits = run.iter().filter(|c| digit_of(**c).is_some()).count();
        if digits < MIN_PHONE_DIGITS {
            out.extend(run);
        } else {
            let mut groups: Vec<String> = Vec::new();
            let mut group: Vec<String> = Vec::new();
            for c in run {
                if digit_of(*c).is_some() || *c == '+' {
                    group.push(c.to_string());
                } else if !group.is_empty() {
                    groups.push(group.join(" "));
                    group.clear();
                }
            }
            if !group.is_empty() {
                groups.push(group.join(" "));
            }
            out.push_str(&groups.join(", "));
        }
        i = last_digit + 1;
    }
    out
}

/// What the reader is doing.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ReadState {
    Idle,
    Speaking,
    /// The device has no voice for the language.
    NoVoice,
    /// The webview has no speech synthesis at all.
    Unsupported,
}

/// Speaks `text` (already built with [`spoken_text`]) in `text_lang`.
const SPEAK_JS: &str = r#"
const [text, lang] = await dioxus.recv();
const synth = window.speechSynthesis;
if (!synth || typeof SpeechSynthesisUtterance === 'undefined') { dioxus.send('unsupported'); return; }
let voices = synth.getVoices();
if (voices.length === 0) {
  // Voices load asynchronously on some platforms: wait a little, bounded.
  await new Promise((done) => {
    const timer = setTimeout(done, 1500);
    synth.addEventListener('voiceschanged', () => { clearTimeout(timer); done(); }, { once: true });
  });
  voices = synth.getVoices();
}
const base = (tag) => String(tag || '').toLowerCase().replace('_', '-').split('-')[0];
const voice = voices.find((v) => base(v.lang) === lang);
if (!voice) { dioxus.send('no-voice'); return; }
synth.cancel();
const utterance = new SpeechSynthesisUtterance(text);
utterance.voice = voice;
utterance.lang = voice.lang;
utterance.onend = () => dioxus.send('ended');
utterance.onerror = () => dioxus.send('ended');
synth.speak(utterance);
dioxus.send('speaking');
"#;

const STOP_JS: &str = "if (window.speechSynthesis) window.speechSynthesis.cancel();";

/// "Read aloud" and "stop" for a text. The text that would be spoken is
/// also on the page (`data-speech-text`), for tests and for review.
#[component]
pub fn ReadAloud(text: String, text_lang: Lang) -> Element {
    let tr = use_session().tr();
    let spoken = spoken_text(&text);
    let mut state = use_signal(|| ReadState::Idle);
    let speak_text = spoken.clone();
    let language = crate::i18n::message(text_lang, "language-name", None);
    rsx! {
        div { class: "read-aloud", id: "read-aloud",
            "data-speech-lang": text_lang.code(),
            "data-speech-text": "{spoken}",
            "data-speech-state": match state() {
                ReadState::Idle => "idle",
                ReadState::Speaking => "speaking",
                ReadState::NoVoice => "no-voice",
                ReadState::Unsupported => "unsupported",
            },
            button { class: "button", id: "read-aloud-start", r#type: "button",
                onclick: move |_| {
                    let text = speak_text.clone();
                    spawn(async move {
                        let mut eval = document::eval(SPEAK_JS);
                        if eval.send((text, text_lang.code())).is_err() {
                            state.set(ReadState::Unsupported);
                            return;
                        }
                        match eval.recv::<String>().await.as_deref() {
                            Ok("speaking") => {
                                state.set(ReadState::Speaking);
                                // The end of the speech, or of the page:
                                // either way it is no longer speaking.
                                let _ = eval.recv::<String>().await;
                                if state() == ReadState::Speaking {
                                    state.set(ReadState::Idle);
                                }
                            }
                            Ok("no-voice") => state.set(ReadState::NoVoice),
                            _ => state.set(ReadState::Unsupported),
                        }
                    });
                },
                "{tr.t(\"speech-read-aloud\")}"
            }
            button { class: "button", id: "read-aloud-stop", r#type: "button",
                disabled: state() != ReadState::Speaking,
                onclick: move |_| {
                    document::eval(STOP_JS);
                    state.set(ReadState::Idle);
                },
                "{tr.t(\"speech-stop\")}"
            }
            match state() {
                ReadState::NoVoice => rsx! {
                    p { class: "notice speech-notice", id: "speech-notice", role: "status",
                        "{tr.a(\"speech-no-voice\", &[(\"language\", language.clone().into())])}" }
                },
                ReadState::Unsupported => rsx! {
                    p { class: "notice speech-notice", id: "speech-notice", role: "status",
                        "{tr.t(\"speech-unavailable\")}" }
                },
                _ => rsx! {},
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::spoken_text;

    #[test]
    fn phone_numbers_are_read_digit_by_digit() {
        assert_eq!(spoken_text("+39 06 1234"), "+ 3 9, 0 6, 1 2 3 4");
        assert_eq!(
            spoken_text("Telefono: +39 0000 123456."),
            "Telefono: + 3 9, 0 0 0 0, 1 2 3 4 5 6."
        );
        assert_eq!(spoken_text("803.001"), "8 0 3, 0 0 1");
        assert_eq!(spoken_text("06-1234/567"), "0 6, 1 2 3 4, 5 6 7");
    }

    #[test]
    fn short_numbers_and_years_stay_numbers() {
        assert_eq!(spoken_text("Via Roma 12, 2026"), "Via Roma 12, 2026");
        assert_eq!(spoken_text("aperto 9-13"), "aperto 9-13");
        assert_eq!(spoken_text("5 km"), "5 km");
    }

    #[test]
    fn arabic_digits_and_text_around_numbers() {
        assert_eq!(spoken_text("هاتف ٠٦ ١٢٣٤٥٦"), "هاتف ٠ ٦, ١ ٢ ٣ ٤ ٥ ٦");
        assert_eq!(
            spoken_text("call +39 06 1234 now"),
            "call + 3 9, 0 6, 1 2 3 4 now"
        );
        assert_eq!(spoken_text(""), "");
        assert_eq!(spoken_text("+ 39"), "+ 39");
    }
}
