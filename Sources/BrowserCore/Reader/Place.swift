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
        focusBlock = place.focusBlock
        cameFromQuestion = place.cameFromQuestion
        forgetOffscreenMatch()
    }

    /// Records where a jump started, unless it went nowhere the reader could tell apart:
    /// `Left` must always visibly go somewhere.
    mutating func remember(_ from: Place) {
        guard from.anchor != anchor || visibleFocus(of: from) != visibleFocus(of: here) else { return }
        back.append(from)
        if back.count > 100 { back.removeFirst() }
        forward.removeAll()
    }

    /// The focus only changes what the status line says when its heading is not already
    /// the top line (near the end of the document); otherwise the anchor says it all.
    func visibleFocus(of place: Place) -> Int? {
        guard let f = place.focusBlock else { return nil }
        return line(ofBlock: f) == clampTop(layout.line(for: place.anchor)) ? nil : f
    }

    /// After a move, a current match left behind off screen would keep its "3/12" on the
    /// status line and make `n` continue from there, back where the reader came from;
    /// forgetting it makes `n` start from the screen, as in less and vim.
    mutating func forgetOffscreenMatch() {
        guard let c = search?.currentHit, !visibleLines.contains(lineOf(c)) else { return }
        search?.currentHit = nil
    }
}
