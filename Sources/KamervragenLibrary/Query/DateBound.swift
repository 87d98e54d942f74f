/// A date for `from:` and `to:` as an inclusive `YYYY-MM-DD` bound. A year or month alone
/// means its first day for `from:` and its last for `to:` (`to:2024` is to the end of
/// 2024). Dutch order (`31-1-2024`) is read too.
enum DateBound {
    static func make(_ text: String, end: Bool) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        var numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        // 31-1-2024: day first when the last part is the year.
        if numbers.count == 3, parts[2].count == 4, parts[0].count <= 2 { numbers.reverse() }
        if numbers.count == 2, parts[1].count == 4, parts[0].count <= 2 { numbers.reverse() }
        let year = numbers[0]
        guard (1000...9999).contains(year) else { return nil }
        let month = numbers.count > 1 ? numbers[1] : (end ? 12 : 1)
        guard (1...12).contains(month) else { return nil }
        // Day 31 as the end of any month: stored dates compare as text, and none is later.
        let day = numbers.count > 2 ? numbers[2] : (end ? 31 : 1)
        guard (1...31).contains(day) else { return nil }
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
