-- The one line of wrk's output that LoadBenchmark reads: counts, and latencies in microseconds.
-- Every field is printed with %.0f, since the byte count of a long soak outgrows a 32-bit %d.
-- Also what the scripts share: reading the files the benchmarks write, one entry a line.
local summary = {}

function summary.lines(file)
  local found = {}
  for line in io.lines(file) do
    if line ~= "" then
      found[#found + 1] = line
    end
  end
  return found
end

function summary.done(s, latency, requests)
  local e = s.errors
  io.write(string.format(
    "PARITY-WRK requests=%.0f duration_us=%.0f bytes=%.0f connect=%.0f read=%.0f write=%.0f"
      .. " status=%.0f timeout=%.0f p50_us=%.0f p95_us=%.0f p99_us=%.0f\n",
    s.requests, s.duration, s.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end

return summary
