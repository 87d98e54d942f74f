// Prints speed and memory figures. Each section lives in its own file; run with
// `swift run -c release kamervragen-bench [SECTION]` (the sections are listed below).
let section = CommandLine.arguments.dropFirst().first ?? "all"
switch section {
case "parse": runParseBenchmark()
case "parse-memory": runParseMemoryBenchmark()
case "browser": runBrowserBenchmark()
case "first-screen": runFirstScreenBenchmark()
case "pdf": runPDFFirstFrameBenchmark()
case "docx": runDocxFirstScreenBenchmark()
case "large": runLargeBenchmark()
case "library": runLibraryBenchmark()
case "all":
    runParseBenchmark()
    runBrowserBenchmark()
    runFirstScreenBenchmark()
    runPDFFirstFrameBenchmark()
    runDocxFirstScreenBenchmark()
default:
    print("usage: kamervragen-bench [parse|parse-memory|browser|first-screen|pdf|docx|large|library [1000,10000,…]|all]")
}
