/// Time to first screen on a pseudo-terminal, next to `less`. (Being built.)
func runFirstScreenBenchmark() {}
