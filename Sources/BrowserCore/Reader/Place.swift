/// A spot in the reading history. The anchor alone is not enough: near the end of the
/// document a heading cannot reach the top, so the heading a jump went to (the focus) and
/// the question an answer was reached from must travel with it, or the status line and
/// `a` go on describing the place just left.
struct Place: Hashable, Sendable {
    var anchor: Anchor
    var focusBlock: Int?
    var cameFromQuestion: Int?
}

extension Browser {
    var here: Place { Place(anchor: anchor, focusBlock: focusBlock, cameFromQuestion: cameFromQuestion) }

    /// Returns to a remembered place without recording history.
    mutating func restore(_ place: Place) {
        anchor = place.anchor
        top = clampTop(layout.line(for: place.anchor))
        focusBlock = place.focusBlock
        cameFromQuestion = place.cameFromQuestion
    }

    /// Records where a jump started, unless it went nowhere the reader could tell apart.
    mutating func remember(_ from: Place) {
        guard from.anchor != anchor || from.focusBlock != focusBlock else { return }
        back.append(from)
        if back.count > 100 { back.removeFirst() }
        forward.removeAll()
    }
}
