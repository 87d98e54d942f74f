import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Time to first frame for a PDF next to the same document as text, so the price of
/// opening a PDF directly (running `pdftotext -bbox-layout` and rebuilding the text from
/// word boxes) is a figure rather than a guess.
///
/// The text is the same document as Word text (`PDFReader.poiText`: what the PDF reader
/// hands the parser, with its notes written the POI way), in a temporary `.txt`: the two
/// runs then differ only in the conversion. The
/// pty measurement is `FirstScreen.time` from FirstScreenBenchmark.swift (shared, not
/// copied), interleaved the same way. `pdftotext -bbox-layout` alone, to exit, is timed
/// as well: the part of the difference that belongs to poppler, not to us.
///
/// `kamervragen-bench pdf [BINARY]`; BINARY as for `first-screen`.
func runPDFFirstFrameBenchmark() {
    let root = FirstScreen.packageRoot
    let pdf = root + "/Tests/KamervragenKitTests/Fixtures/pdf/ah-tk-20232024-1076.pdf"
    let arguments = CommandLine.arguments
    let binary = arguments.count > 2 ? arguments[2] : FirstScreen.defaultBinary(root: root)
    guard let binary, access(binary, X_OK) == 0 else {
        print("pdf: no kamervragen binary; build one (swift build -c release --static-swift-stdlib) or pass its path")
        return
    }
    guard let pdftotext = FirstScreen.which("pdftotext") else {
        print("pdf: pdftotext is not installed (poppler-utils); nothing to measure")
        return
    }
    guard let bytes = readWholeFile(pdf) else {
        print("pdf: cannot read \(pdf)")
        return
    }
    let text: String
    do {
        text = try PDFReader.poiText(bytes: bytes, source: pdf)
    } catch {
        print("pdf: conversion failed: \(error.description)")
        return
    }
    let textPath = "/tmp/kamervragen-bench-\(getpid())-ah-tk-20232024-1076.txt"
    guard writeWholeFile(textPath, Array(text.utf8)) else {
        print("pdf: cannot write \(textPath)")
        return
    }
    defer { unlink(textPath) }

    // Question 1's opening words, on the first screen of both.
    let marker = Array("Bent u bekend met het feit".utf8)
    let runs = 21
    _ = FirstScreen.time([binary, pdf], until: marker)
    _ = FirstScreen.time([binary, textPath], until: marker)
    var fromPDF: [Double] = [], fromText: [Double] = [], poppler: [Double] = []
    for _ in 0..<runs {
        if let t = FirstScreen.time([binary, pdf], until: marker) { fromPDF.append(t) }
        if let t = FirstScreen.time([binary, textPath], until: marker) { fromText.append(t) }
        if let t = FirstScreen.timeToExit([pdftotext, "-bbox-layout", "-enc", "UTF-8", pdf, "/dev/null"]) { poppler.append(t) }
    }
    guard !fromPDF.isEmpty, !fromText.isEmpty else {
        print("pdf: the first question never appeared (PDF \(fromPDF.count)/\(runs), text \(fromText.count)/\(runs) runs)")
        return
    }
    let a = FirstScreen.median(fromPDF), b = FirstScreen.median(fromText)
    print("pdf: binary \(binary)")
    print("pdf: ah-tk-20232024-1076.pdf (\(bytes.count) bytes) against its converted text (\(text.utf8.count) bytes)")
    print("pdf: 80x24 pty, \(runs) runs each, interleaved; time until question 1's text is on the terminal")
    print("pdf: PDF  median \(FirstScreen.format(a)) ms (min \(FirstScreen.format(fromPDF.min()!)) ms)")
    print("pdf: text median \(FirstScreen.format(b)) ms (min \(FirstScreen.format(fromText.min()!)) ms)")
    print("pdf: PDF costs \(FirstScreen.format(a - b)) ms more (ratio \(FirstScreen.format(a / b)))")
    if !poppler.isEmpty {
        print("pdf: pdftotext -bbox-layout alone to exit, median \(FirstScreen.format(FirstScreen.median(poppler))) ms")
    }
}

/// A whole file's bytes, or nil when it cannot be read.
func readWholeFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        out += buffer[0..<n]
    }
    return ferror(file) == 0 ? out : nil
}

/// Writes `bytes` as the whole of `path`; false when that fails.
func writeWholeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return false }
    let written = POSIXCalls.writeAll(fd, bytes)
    return close(fd) == 0 && written
}
