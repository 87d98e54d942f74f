extension Catalogue {
    /// The arguments that make `template` read as `sentence`, or nil when it cannot: the
    /// reverse of `fill`, for text another library wrote from a template we know (its
    /// English), so that it can be said again in the user's language.
    ///
    /// Each `%N` takes at least one character. One before the template's end takes up to
    /// the first place the literal text after it follows; the last literal text must end
    /// the sentence, so a shorter form never matches a longer one's sentence by taking the
    /// rest. Two placeholders side by side are not read (the split would be a guess).
    public static func match(_ template: String, _ sentence: String) -> [String]? {
        var pieces: [(literal: Substring, argument: Int)] = []   // argument 0: none follows
        var rest = template[...]
        var literal = ""
        while let p = rest.firstIndex(of: "%") {
            literal += rest[..<p]
            let next = rest.index(after: p)
            guard next < rest.endIndex else { literal += "%"; rest = rest[next...]; break }
            let c = rest[next]
            if c == "%" {
                literal += "%"
            } else if let d = c.wholeNumberValue, c.isASCII, d >= 1 {
                pieces.append((Substring(literal), d))
                literal = ""
            } else {
                literal += "%"
                literal.append(c)
            }
            rest = rest[rest.index(after: next)...]
        }
        literal += rest
        pieces.append((Substring(literal), 0))

        var arguments: [Int: String] = [:]
        var position = sentence.startIndex
        for (k, piece) in pieces.enumerated() {
            if k > 0 && piece.literal.isEmpty && piece.argument != 0 { return nil }
            if k == 0 {
                guard sentence[position...].hasPrefix(piece.literal) else { return nil }
                position = sentence.index(position, offsetBy: piece.literal.count)
            }
            guard piece.argument != 0 else { break }
            let following = pieces[k + 1].literal
            let isLast = k + 1 == pieces.count - 1
            let start = position
            guard start < sentence.endIndex else { return nil }
            let end: String.Index
            if isLast {
                guard sentence[sentence.index(after: start)...].hasSuffix(following) else { return nil }
                end = sentence.index(sentence.endIndex, offsetBy: -following.count)
            } else {
                guard let range = sentence[sentence.index(after: start)...].firstRange(of: following) else { return nil }
                end = range.lowerBound
            }
            arguments[piece.argument] = String(sentence[start..<end])
            position = sentence.index(end, offsetBy: following.count)
        }
        if pieces.count == 1 && position != sentence.endIndex { return nil }
        guard let highest = arguments.keys.max() else { return [] }
        return (1...highest).map { arguments[$0] ?? "" }
    }
}
