-- wrk script for bench/measures.sh: each request is one of the paths in BENCH_PATHS
-- (separated by "|"), chosen at random, with the API token in BENCH_TOKEN. done() prints one
-- machine-readable line for the table. With BENCH_DELAY_MS each connection waits a random
-- (exponential) time of that mean before each request, so the clients arrive at a chosen rate
-- instead of as fast as the server answers; the latency measured excludes the wait.
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/api/v1/measures", "[^|]+") do
  paths[#paths + 1] = p
end
local headers = {["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or ""),
                 ["Accept"] = "application/json"}

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

local mean_delay = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if mean_delay > 0 then
  function delay()
    return math.floor(-math.log(1 - math.random()) * mean_delay)
  end
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.requests, errors))
end
