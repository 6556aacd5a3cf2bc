-- The relevance set's queries (tests/eval/relevance.json), in turn: wrk -s bench/cluster-queries.lua
local queries = { "v%C3%A5rdplatser", "tolk", "korridorv%C3%A5rd", "v%C3%A5rdplats", "sjukskrivning", "personalbrist", "helikopter",
  "v%C3%A5rdplatsbrist", "v%C3%A5ld%20i%20n%C3%A4ra%20relationer", "psykisk%20oh%C3%A4lsa%20barn", "v%C3%A5rdplaster", "vardplatser" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(i % #queries) + 1])
end
