/// Parse throughput against `wc -l`, and the 10,000-question document. (Being built.)
func runParseBenchmark() {}
