-- Request mix for bench/soak.sh and bench/costly-words.sh, chosen by the script argument:
--   normal  cycles through typical searches (words, inflections, phrases, prefixes, operators, region
--           filters, deeper pages) and document reads;
--   costly  sends only made-up words, a different one each request so no cache helps: one 16-letter
--           word (the longest looked up for near spellings) or 32 rare 14-letter words;
--   mixed   (default) typical requests with every fourth one adversarial: made-up words, a 255-letter
--           word (400), parentheses 9 deep (400), a document's largest page.
-- Counts answers by status class across all threads and prints latency percentiles.
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
  mix = args[1] or "mixed"
  math.randomseed(os.time() * 1000 + counter)
  s2, s4, s5 = 0, 0, 0
end

local letters = "bcdfghjklmnprstvaeiouy"

local function madeUp(length)
  local chars = {}
  for i = 1, length do
    local at = math.random(#letters)
    chars[i] = letters:sub(at, at)
  end
  return table.concat(chars)
end

local function costly()
  if math.random(2) == 1 then
    return "/api/search?q=" .. madeUp(16)
  end
  local words = {}
  for i = 1, 32 do words[i] = madeUp(14) end
  return "/api/search?q=" .. table.concat(words, "%20")
end

local adversarial = {
  costly,
  costly,
  function() return "/api/search?q=" .. madeUp(255) end,
  function() return "/api/search?q=" .. string.rep("%28", 9) .. "v%C3%A5rd" .. string.rep("%29", 9) end,
  function() return "/api/documents/002_f3119057c7c8ba81?count=1000&q=v%C3%A5rd" end,
  function() return "/documents/001_e211e22770c08a41" end,
}

function request()
  counter = counter + 1
  if mix == "costly" then
    return wrk.format("GET", costly())
  end
  if mix == "mixed" and counter % 4 == 0 then
    return wrk.format("GET", adversarial[math.random(#adversarial)]())
  end
  return wrk.format("GET", paths[counter % #paths + 1])
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
  io.write(string.format("latency p50: %.2f ms  p90: %.2f ms  p95: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors connect: %d  read: %d  write: %d  timeout: %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
