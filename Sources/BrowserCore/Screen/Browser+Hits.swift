extension Browser {
    /// The matches of `s` in block `b` that cover a character in `characters`, in order:
    /// what a line on screen highlights, for drawing it and for checking the drawing.
    func hits(_ s: SearchResults, block b: Int, characters: Range<Int>) -> [Hit] {
        s.scan.hits(in: b, characters: characters)
    }
}
