# dictstr: dictionary- and string-heavy work. Generate a pseudo-random text
# from a vocabulary (with a linear congruential generator), split it into
# words, count word frequencies in a dict, rank the words by frequency, build
# a report string piece by piece, and index word positions and bigrams.
# The count is the number of rounds; the checksum folds the results.

VOCAB = (
    "the quick brown fox jumps over lazy dog and then runs into forest where "
    "many other animals live together in peace under tall green trees near "
    "a river that flows slowly towards sea while birds sing their morning songs"
).split()


def make_text(words, seed):
    state = seed
    parts = []
    for i in range(words):
        state = (state * 1103515245 + 12345) % 2147483648
        w = VOCAB[(state >> 16) % len(VOCAB)]
        if i % 11 == 0:
            w = w.capitalize()
        parts.append(w)
        if i % 17 == 16:
            parts.append("\n")
    return " ".join(parts)


def frequencies(text):
    counts = {}
    for word in text.split():
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def sort_key(item):
    return (-item[1], item[0])


def report(counts):
    ranked = sorted(counts.items(), key=sort_key)
    lines = []
    for word, count in ranked[:15]:
        lines.append(word.ljust(10) + ":" + str(count).rjust(5))
    return "\n".join(lines)


def index_positions(text):
    positions = {}
    pos = 0
    for word in text.split():
        word = word.lower()
        if word in positions:
            positions[word].append(pos)
        else:
            positions[word] = [pos]
        pos += 1
    return positions


def bigrams(text):
    words = text.lower().split()
    pairs = {}
    for i in range(len(words) - 1):
        key = words[i] + "_" + words[i + 1]
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


def string_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main(n):
    check = 0
    for r in range(n):
        text = make_text(3000, 7 + r)
        counts = frequencies(text)
        rep = report(counts)
        positions = index_positions(text)
        pairs = bigrams(text)
        most = 0
        for key in pairs:
            if pairs[key] > most:
                most = pairs[key]
        spread = 0
        for word in positions:
            p = positions[word]
            spread += p[len(p) - 1] - p[0]
        upper = rep.upper().replace("E", "3").count("3")
        found = text.find("forest") + text.count("the ")
        check = (check * 17 + string_hash(rep) + len(pairs) + most + spread + upper + found) % 1000000007
    return check


print(main(20))
