-- Cycles through the request paths in $BENCH_MIX (one a line, from `SearchService.Bench mix` or `stream`).
local paths = {}
for line in io.lines(os.getenv("BENCH_MIX")) do
  paths[#paths + 1] = line
end
local next_index = 0

request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end
