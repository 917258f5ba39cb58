-- Prints one machine-readable line per run: requests per second, latency percentiles in ms, errors.
-- With THINK_MS set, each connection is a person who reads for about that long (half to one and a
-- half times it) before the next page; latency is still counted from request to response.
local think = tonumber(os.getenv("THINK_MS") or "0")

if think > 0 then
  delay = function()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
