-- Signed-in readers: each request carries the next of the readers' Cookie headers (one a line in
-- the file PARITY_COOKIES names), so the server works with every reader's session, as it would
-- with that many people reading at once.
local summary = require("summary")

local threads = 0
local cookies = {}
local turn = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  cookies = summary.lines(os.getenv("PARITY_COOKIES"))
  -- LoadBenchmark runs wrk with two threads: the second starts halfway down the list, so the two
  -- seldom send the same session at once.
  turn = ((id or 1) - 1) * math.floor(#cookies / 2)
end

function request()
  turn = turn + 1
  local cookie = cookies[turn % #cookies + 1]
  return wrk.format(nil, nil, { Cookie = cookie })
end

done = summary.done
