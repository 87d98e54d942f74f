/// Work the reader does not wait for: numbering the lines of blocks nobody has looked at
/// yet, and counting a search's matches beyond the one shown. The terminal does it in
/// short steps while no key is waiting, so on a large document the first screen comes
/// as soon as the document is parsed and a key is never held up by more than one step.
extension Browser {
    /// Characters measured or searched in one step: a fifth of what is done at once on
    /// opening (200,000: about a millisecond's work here, a few milliseconds on a slow or
    /// busy machine).
    var idleStepCharacters: Int { max(1, content.eagerCharacters / 5) }

    /// Some idle work is left.
    public var hasIdleWork: Bool { searchToCount != nil || !layout.isComplete }

    /// One step of it: the search count first (the reader is looking at its figures),
    /// then the lines. Returns true while more is left.
    @discardableResult
    public mutating func doIdleWork() -> Bool {
        if searchToCount != nil {
            _ = countSearch(characters: idleStepCharacters)
        } else {
            _ = layout.measureMore(characters: idleStepCharacters)
        }
        return hasIdleWork
    }

    /// The search whose matches are still being counted: the one being typed, else the
    /// one accepted.
    private var searchToCount: SearchResults? {
        if let p = prompt {
            guard let s = p.stack.last, !s.isCounted else { return nil }
            return s
        }
        guard let s = search, !s.isCounted else { return nil }
        return s
    }
}
