// A trivial Swift executable built like weifa: the start-up baseline for the benchmark.
print("ok")
