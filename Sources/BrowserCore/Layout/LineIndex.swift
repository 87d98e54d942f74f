/// How many display lines each block takes, and where each block starts: a Fenwick tree
/// over the counts, so a count can change (an estimate replaced by the measured figure)
/// and both questions (the first line of block `b`, the block holding line `n`) still take
/// a logarithmic number of steps, on a document of hundreds of thousands of blocks.
struct LineIndex: Sendable {
    private(set) var counts: [Int32]
    private var tree: [Int]
    private(set) var total: Int

    init(counts: [Int32]) {
        self.counts = counts
        var tree = [Int](repeating: 0, count: counts.count + 1)
        var total = 0
        // Built in linear time: each node passes its sum on to its parent.
        for i in 1...max(1, counts.count) where i <= counts.count {
            tree[i] += Int(counts[i - 1])
            total += Int(counts[i - 1])
            let parent = i + (i & -i)
            if parent <= counts.count { tree[parent] += tree[i] }
        }
        self.tree = tree
        self.total = total
    }

    var blockCount: Int { counts.count }

    /// The lines before block `b` (the whole document for `b == blockCount`).
    func start(of b: Int) -> Int {
        var i = min(max(0, b), counts.count), sum = 0
        while i > 0 { sum += tree[i]; i -= i & -i }
        return sum
    }

    /// The block holding line `line` (the last block for a line past the end).
    func block(containing line: Int) -> Int {
        guard !counts.isEmpty else { return 0 }
        guard line < total else { return counts.count - 1 }
        var position = 0, rest = max(0, line)
        var step = 1
        while step * 2 <= counts.count { step *= 2 }
        while step > 0 {
            let next = position + step
            if next <= counts.count && tree[next] <= rest {
                position = next
                rest -= tree[next]
            }
            step /= 2
        }
        // `position` blocks hold at most `line` lines: the block is the next one. Blocks of
        // no lines are passed over, as no line is in them.
        return min(position, counts.count - 1)
    }

    mutating func set(_ b: Int, to count: Int32) {
        let delta = Int(count) - Int(counts[b])
        guard delta != 0 else { return }
        counts[b] = count
        total += delta
        var i = b + 1
        while i <= counts.count { tree[i] += delta; i += i & -i }
    }
}
