//! Freeing large batches off the caller's thread.

/// Frees a batch of `items` things on a thread of its own when it is
/// large: a first load's records and documents are millions of small
/// allocations (about 75 ms to free on a laptop), and nothing waits for
/// that. A small batch, or one no thread can be started for (the refused
/// closure is dropped here), is freed at once.
pub(crate) fn in_background<T: Send + 'static>(batch: T, items: usize) {
    /// Fewer items are freed faster than a thread starts.
    const FROM: usize = 1_000;
    if items > FROM
        && let Err(e) = std::thread::Builder::new()
            .name("integra-free".into())
            .spawn(move || drop(batch))
    {
        tracing::debug!(error = %e, items, "no thread to free a batch on: freed at once");
    }
}
