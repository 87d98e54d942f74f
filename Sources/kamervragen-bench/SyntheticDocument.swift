/// A generated document in the seed's conventions, large enough to expose anything that
/// grows faster than the input: every fifth answer is combined, every seventh question
/// cites a Word footnote, and typed endnotes close the document.
enum SyntheticDocument {
    static func text(questions count: Int) -> String {
        var out = "AH 999\n2099Z00001\nAntwoord van minister Test (Justitie en Veiligheid) (ontvangen 1 januari 2099)\n\n"
        var footnote = 0
        var q = 1
        while q <= count {
            let combined = q % 5 == 0 && q < count
            out += "Vraag \(q)\nWat is uw reactie op het bericht ‘Bericht nummer \(q)’ \(q)) over het creëren van beleid?\n\n"
            if combined {
                out += "Vraag \(q + 1)\nKunt u de cijfers over \(q + 1) toelichten, en waarom niet eerder?\n"
                out += "Antwoord op vragen \(q) en \(q + 1)\n"
            } else {
                out += "Antwoord op vraag \(q)\n"
            }
            out += "Het kabinet neemt de zorgen serieus en werkt aan een aanpak die slachtoffers beschermt en daders aanpakt. "
            if q % 7 == 0 {
                footnote += 1
                out += "Zie de Aanwijzing.[footnoteRef:\(footnote)] Daarnaast wordt onderzoek gedaan. [\(footnote):  Aanwijzing \(footnote) | Openbaar Ministerie | https://www.om.nl/\(footnote)] \n\n"
            } else {
                out += "Daarnaast wordt onderzoek gedaan naar de effecten van het beleid.\n\n"
            }
            q += combined ? 2 : 1
        }
        out += "\n"
        for n in 1...count {
            out += "\(n)) NOS, 17 oktober 2025, Bericht nummer \(n) (https://nos.nl/artikel/\(n))\n"
        }
        return out
    }
}
