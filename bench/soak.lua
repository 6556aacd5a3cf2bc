-- Soak mix for bench/soak.sh: cycles through typical searches (words, inflections, phrases, prefixes,
-- operators, region filters, deeper pages) and counts answers by status class across all threads.
local paths = {
  "/api/search?q=v%C3%A5rdplatser",
  "/api/search?q=v%C3%A5rd&region=Sk%C3%A5ne",
  "/api/search?q=tolk",
  "/api/search?q=%22n%C3%A4ra%20v%C3%A5rd%22",
  "/api/search?q=v%C3%A5rd*",
  "/api/search?q=budget%20OR%20ekonomi",
  "/api/search?q=sjukhus%20-tandv%C3%A5rd",
  "/api/search?q=(akut%20OR%20ambulans)%20OCH%20region",
  "/api/search?q=v%C3%A5rd&page=3&pageSize=20",
  "/api/search?q=kollektivtrafik&pageSize=100",
  "/api/search?q=personal%20kompetens%20rekrytering",
  "/api/search?q=pr*",
  "/api/documents/004_0410683bcf7f9b19",
  "/health",
}
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = tonumber(id) or 0
  s2, s4, s5 = 0, 0, 0
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1 elseif status >= 400 then s4 = s4 + 1 else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local t2, t4, t5 = 0, 0, 0
  for _, thread in ipairs(threads) do
    t2 = t2 + thread:get("s2"); t4 = t4 + thread:get("s4"); t5 = t5 + thread:get("s5")
  end
  io.write(string.format("status 2xx: %d  4xx: %d  5xx: %d\n", t2, t4, t5))
  io.write(string.format("latency p50: %.2f ms  p90: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors connect: %d  read: %d  write: %d  timeout: %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
