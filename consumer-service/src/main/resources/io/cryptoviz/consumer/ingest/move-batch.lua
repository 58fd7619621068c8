local items = redis.call('LRANGE', KEYS[1], -tonumber(ARGV[1]), -1)
local n = #items
if n > 0 then
	local reversed = {}
	for i = 1, n do
		reversed[i] = items[n - i + 1]
	end
	for first = 1, n, 5000 do
		redis.call('LPUSH', KEYS[2], unpack(reversed, first, math.min(n, first + 4999)))
	end
	redis.call('LTRIM', KEYS[1], 0, -n - 1)
end
return { redis.call('LLEN', KEYS[1]), items }
