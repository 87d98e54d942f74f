#if canImport(Glibc)
import Glibc
#endif

/// Time to the first screen of each corpus Word file, measured as `first-screen` measures
/// the sample (a fresh 80×24 pseudo-terminal, from spawn until a word of the first screen
/// has been written; a fresh copy of the binary), interleaved with the floor of what any
/// reader must do: `unzip -p FILE word/document.xml > /dev/null`, to exit. The aims
/// (issue 12): within 3× that floor and within 20 ms.
///
/// `kamervragen-bench docx [BINARY]`.
func runDocxFirstScreenBenchmark() {
    let root = FirstScreen.packageRoot
    let arguments = CommandLine.arguments
    let binary = arguments.count > 2 ? arguments[2] : FirstScreen.defaultBinary(root: root)
    guard let binary, access(binary, X_OK) == 0 else {
        print("docx: no kamervragen binary; build one (scripts/build-release.sh) or pass its path")
        return
    }
    guard let unzip = FirstScreen.which("unzip") else {
        print("docx: unzip is not installed; no floor to compare with (apt-get install unzip)")
        return
    }
    // A word of each file's title line (its subject), which the first frame draws.
    let files: [(name: String, marker: String)] = [
        ("antwoord_2023Z14759_jenv-4980892_Wassenberg_bijtincidenten-honden", "registratie"),
        ("antwoord_2023Z19677_jenv-5164758_Temmink-VanNispen_niet-noodnummer", "noodgevallen"),
        ("antwoord_2024Z11859_jenv-5624406_Mutluer-ea_politiebureau-Wolvega", "voorgenomen"),
        ("antwoord_jenv-5303168_Eerdmans_ME-er-Arnhem-religie", "Arnhem"),
        ("antwoord_jenv-5401166_Lahlah-Chakor_hoofddoekjes-boa", "hoofddoekjes"),
    ]
    let fresh = FirstScreen.FreshCopies()
    defer { fresh.remove() }
    let timed = fresh.copy(binary, as: "kamervragen")
    let runs = 21
    print("docx: binary \(binary) (\(FirstScreen.describeBuild(binary).description)); 80x24 pty, \(runs) runs each, interleaved with unzip -p")
    for file in files {
        let path = root + "/Tests/KamervragenKitTests/Fixtures/docx/" + file.name + ".docx"
        let marker = Array(file.marker.utf8)
        _ = FirstScreen.time([timed, path], until: marker)
        _ = FirstScreen.timeToExit([unzip, "-p", path, "word/document.xml"])
        var ours: [Double] = [], cpu: [Double] = [], floor: [Double] = []
        for _ in 0..<runs {
            if let t = FirstScreen.timed([timed, path], until: marker) { ours.append(t.elapsed); cpu.append(t.cpu) }
            if let t = FirstScreen.timeToExit([unzip, "-p", path, "word/document.xml"]) { floor.append(t) }
        }
        guard !ours.isEmpty, !floor.isEmpty else {
            print("docx: \(file.name): the first screen never appeared (\(ours.count)/\(runs) runs)")
            continue
        }
        // The minimum is the run least disturbed by the machine's other work; the median
        // what a user meets. Both, since the machine is shared.
        let a = FirstScreen.median(ours), b = FirstScreen.median(floor)
        let aMin = ours.min()!, bMin = floor.min()!
        print("docx: \(file.name.prefix(40)): first screen min \(FirstScreen.format(aMin)) / median \(FirstScreen.format(a)) ms"
              + " (processor \(FirstScreen.format(FirstScreen.median(cpu))) ms), unzip -p min \(FirstScreen.format(bMin)) / median \(FirstScreen.format(b)) ms,"
              + " ratio min \(FirstScreen.format(aMin / bMin)) / median \(FirstScreen.format(a / b)) (aims: at most 3.00, and 20 ms)")
    }
}
