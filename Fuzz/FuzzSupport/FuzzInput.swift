/// The bytes libFuzzer hands a target, copied into an array: the one place the harness
/// reads through a raw pointer, because `LLVMFuzzerTestOneInput` is a C entry point.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Stops the run the way a crash would, so libFuzzer saves the input: a broken invariant
/// is a finding even when nothing trapped.
public func fuzzFailure(_ message: String) -> Never {
    fatalError("fuzz invariant: \(message)")
}
