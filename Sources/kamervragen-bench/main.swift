// Benchmarks come with their own issue work; see docs/benchmarks.md.
print("kamervragen-bench: nothing measured yet")
