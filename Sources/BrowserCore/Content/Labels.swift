import KamervragenKit

/// Labels shared by the reader and the plain-text dump, so both say the same thing.
enum Labels {
    /// "3", "3 en 4", "1, 2 en 3": the Dutch way of listing numbers.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return join(items.dropLast(), separator: ", ") + " en " + items.last!
    }

    /// `joined(separator:)` written out. The standard library's version runs unspecialised
    /// here, and its first call per collection type looks up associated types at run time,
    /// which the way to the first screen would pay twice.
    static func join(_ parts: ArraySlice<String>, separator: String) -> String {
        var out = ""
        for (k, part) in zip(parts.indices, parts) {
            if k != parts.startIndex { out += separator }
            out += part
        }
        return out
    }

    static func join(_ parts: [String], separator: String) -> String {
        join(parts[...], separator: separator)
    }

    /// The answer as the reader should know it, from the numbers it covers rather than
    /// the heading as written (which may be a bare "Antwoord").
    static func answer(_ answer: Answer) -> String {
        var numbers: [String] = []
        numbers.reserveCapacity(answer.questionCount)
        answer.forEachQuestion { numbers.append($0.description) }
        switch numbers.count {
        case 0: return answer.heading.isEmpty ? "Antwoord" : answer.heading
        case 1: return "Antwoord op vraag \(numbers[0])"
        default: return "Antwoord op vragen \(list(numbers))"
        }
    }

    static func question(_ question: Question) -> String { "Vraag \(question.number)" }

    /// "17 oktober 2024", as the documents themselves write dates.
    static func date(_ d: ISODate) -> String {
        let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
        guard (1...12).contains(d.month) else { return d.description }
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }
}
