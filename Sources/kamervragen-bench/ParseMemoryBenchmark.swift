import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Where the parse's peak memory goes on the 10,000-question document: the input, the
/// finished Document by itself, and the transient excess during parsing.
///
/// Sizes are resident sizes after returning all free pages to the kernel, so freeing the
/// input shows up; the peak
/// is the kernel's `VmHWM`, reset just before the parse. Knowing how much of the peak is
/// the Document itself says how far any parser change can bring the ratio down.
func runParseMemoryBenchmark() {
    print("== parse-memory")
    let h0 = heapInUse()
    var input: [UInt8]? = Array(SyntheticDocument.text(questions: 10_000).utf8)
    let inputBytes = input!.count
    let h1 = heapInUse()
    let rssStart = statusKB("VmRSS")
    resetHighWater()
    var doc: Document? = try? DocumentLoader.parse(bytes: input!, source: "synthetic")
    let hwm = statusKB("VmHWM")
    let h2 = heapInUse()
    input = nil
    let h3 = heapInUse()
    let mib = { (b: Int) in fmtMiB(b) }
    print("  input: \(inputBytes) bytes (heap +\(mib(h1 - h0)))")
    print("  peak during parse: VmHWM \(fmtMiB(hwm * 1024)), \(fmtMiB((hwm - rssStart) * 1024)) above the start = \(ratio((hwm - rssStart) * 1024, inputBytes))× the input")
    print("  heap after parse (input + Document): +\(mib(h2 - h0))")
    print("  Document alone (input freed): \(mib(h3 - h0)) = \(ratio(h3 - h0, inputBytes))× the input")
    print("  transient excess at the peak over the Document: \(fmtMiB((hwm - rssStart) * 1024 - (h3 - h0)))")
    if let d = doc { print("  (\(d.questions.count) questions, \(d.answers.count) answers, \(d.footnotes.count) footnotes)") }
    doc = nil
}

/// Resident size after `malloc_trim(0)`, so what stays resident is close to what is
/// allocated. (Glibc's `mallinfo2` is not visible from Swift.)
private func heapInUse() -> Int {
    releaseFreeHeap()
    return statusKB("VmRSS") * 1024
}

/// `malloc_trim(0)`: hands every wholly free heap page back to the kernel, so memory freed
/// earlier cannot be reused unseen by a later measurement. Looked up at run time: it is
/// not visible from Swift.
func releaseFreeHeap() {
    POSIXCalls.mallocTrim()
}

private func statusKB(_ field: String) -> Int {
    let fd = open("/proc/self/status", O_RDONLY)
    guard fd >= 0 else { return 0 }
    defer { close(fd) }
    let buf = POSIXCalls.readAll(fd, limit: 8192)
    guard !buf.isEmpty else { return 0 }
    let text = String(decoding: buf, as: UTF8.self)
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.dropFirst(field.count + 1).filter(\.isNumber)) ?? 0
    }
    return 0
}

private func resetHighWater() {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    _ = write(fd, "5", 1)
    close(fd)
}

private func fmtMiB(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576
    return "\(tenths / 10).\(abs(tenths % 10)) MiB"
}

private func ratio(_ a: Int, _ b: Int) -> String {
    let hundredths = a * 100 / max(b, 1)
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
}
