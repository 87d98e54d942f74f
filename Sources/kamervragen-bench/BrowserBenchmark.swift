/// Frame render and search keystroke latency on a 10,000-question document. (Being built.)
func runBrowserBenchmark() {}
