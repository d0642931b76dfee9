//! How long the app takes to answer an event: a liveview socket wrapper
//! that notes when an event arrives from the page and logs, at debug level,
//! the time until the next frame of edits leaves (the handler, the search,
//! the render and the diff: everything but the transport and the page's own
//! work). `tests/bench/ui` reads these lines to split a keystroke's time.
//! Only durations and sizes are logged, never what the event carried.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use dioxus_liveview::LiveViewError;
use futures::{Sink, Stream};

/// The first byte of a frame of edits (dioxus-liveview's binary frames;
/// text frames, such as the answer to a ping, start with 0).
const EDITS_FRAME: u8 = 1;

pub(crate) struct Timed<S> {
    inner: Pin<Box<S>>,
    since: Option<Instant>,
}

impl<S> Timed<S> {
    pub(crate) fn new(inner: S) -> Timed<S> {
        Timed {
            inner: Box::pin(inner),
            since: None,
        }
    }
}

impl<S> Stream for Timed<S>
where
    S: Stream<Item = Result<Vec<u8>, LiveViewError>>,
{
    type Item = Result<Vec<u8>, LiveViewError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let polled = self.inner.as_mut().poll_next(cx);
        if let Poll::Ready(Some(Ok(message))) = &polled
            && message.as_slice() != b"__ping__"
            && self.since.is_none()
        {
            self.since = Some(Instant::now());
        }
        polled
    }
}

impl<S> Sink<Vec<u8>> for Timed<S>
where
    S: Sink<Vec<u8>, Error = LiveViewError>,
{
    type Error = LiveViewError;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.as_mut().poll_ready(cx)
    }

    fn start_send(mut self: Pin<&mut Self>, item: Vec<u8>) -> Result<(), Self::Error> {
        if item.first() == Some(&EDITS_FRAME)
            && let Some(since) = self.since.take()
        {
            tracing::debug!(
                micros = since.elapsed().as_micros() as u64,
                bytes = item.len(),
                "edits answered an event"
            );
        }
        self.inner.as_mut().start_send(item)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.as_mut().poll_flush(cx)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.as_mut().poll_close(cx)
    }
}
