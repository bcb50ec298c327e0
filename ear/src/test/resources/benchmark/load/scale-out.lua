-- The scale-out benchmark's traffic: mixed.lua's reading (every page in turn, anonymous and signed
-- in by turns), and every PARITY_WRITE_EVERY-th request a reply by one of the writers (Cookie
-- headers in PARITY_WRITERS) to one of the threads in PARITY_REPLIES (API addresses), in turn.
-- Besides summary.lua's line it prints how many replies were sent and how many were taken (201).
dofile("mixed.lua")
local summary = require("summary")

local read_setup, read_init, read_request, read_done = setup, init, request, done
local all_threads = {}
local writers = {}
local replies = {}
local every = 10
local count = 0
writes = 0
created = 0

function setup(thread)
  read_setup(thread)
  all_threads[#all_threads + 1] = thread
end

function init(args)
  read_init(args)
  writers = summary.lines(os.getenv("PARITY_WRITERS"))
  replies = summary.lines(os.getenv("PARITY_REPLIES"))
  every = tonumber(os.getenv("PARITY_WRITE_EVERY"))
end

function request()
  count = count + 1
  if count % every ~= 0 then
    return read_request()
  end
  writes = writes + 1
  local writer = writers[(id + writes) % #writers + 1]
  local thread = replies[(id * 3 + writes) % #replies + 1]
  local body = '{"body":"A reply under load, ' .. id .. '-' .. writes .. '. We asked about sleep first'
    .. ' at the annual review, and the **two-question** check went better."}'
  return wrk.format("POST", thread, { Cookie = writer, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  end
end

function done(summary, latency, requests)
  read_done(summary, latency, requests)
  local sent, taken = 0, 0
  for _, thread in ipairs(all_threads) do
    sent = sent + thread:get("writes")
    taken = taken + thread:get("created")
  end
  io.write(string.format("PARITY-WRITES sent=%.0f created=%.0f\n", sent, taken))
end
