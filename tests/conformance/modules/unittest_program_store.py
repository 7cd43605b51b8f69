# unittest: a realistic test module (statistics, a key-value store, fixtures, cleanups, assertLogs, load_tests) run by unittest.main(verbosity=2)
import logging
import unittest

log = logging.getLogger("kv")


def mean(xs):
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


class Store:
    opened = 0

    def __init__(self):
        Store.opened += 1
        self.data = {}
        self.closed = False

    def put(self, key, value):
        if self.closed:
            raise RuntimeError("store is closed")
        log.info("put %s", key)
        self.data[key] = value

    def get(self, key):
        if key not in self.data:
            log.warning("miss %s", key)
        return self.data.get(key)

    def close(self):
        self.closed = True


events = []


def setUpModule():
    events.append("module up")


def tearDownModule():
    events.append("module down")
    print("events:", events)


class StatsTests(unittest.TestCase):
    def test_mean(self):
        self.assertAlmostEqual(mean([1, 2, 3, 4]), 2.5)
        self.assertAlmostEqual(mean([0.1] * 3), 0.1)

    def test_mean_empty(self):
        with self.assertRaises(ValueError) as cm:
            mean([])
        self.assertEqual(str(cm.exception), "mean of empty data")

    def test_median(self):
        cases = {(1, 3, 2): 2, (4, 1, 3, 2): 2.5, (5,): 5}
        for data, want in cases.items():
            with self.subTest(data=data):
                self.assertEqual(median(list(data)), want)

    def test_median_wrong(self):
        for data, want in [([1, 2], 1), ([7], 7), ([3, 1, 2], 3)]:
            with self.subTest(data=data, want=want):
                self.assertEqual(median(data), want)

    def test_close_enough(self):
        self.assertAlmostEqual(mean([1, 2]), 1.6, delta=0.05)


class StoreTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("class up")
        cls.shared = Store()
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("class down")

    def setUp(self):
        self.store = Store()
        self.addCleanup(self.store.close)

    def test_put_get(self):
        with self.assertLogs("kv", level="INFO") as cm:
            self.store.put("a", 1)
        self.assertEqual(cm.output, ["INFO:kv:put a"])
        self.assertEqual(self.store.get("a"), 1)

    def test_miss_logs_warning(self):
        with self.assertLogs(log, "WARNING") as cm:
            self.assertIsNone(self.store.get("zz"))
        self.assertIn("miss zz", cm.output[0])

    def test_keys(self):
        for k in "cab":
            self.store.put(k, ord(k))
        self.assertCountEqual(self.store.data, ["a", "b", "c"])
        self.assertEqual(sorted(self.store.data), ["a", "b", "d"])

    def test_closed(self):
        self.store.close()
        self.assertRaisesRegex(RuntimeError, "closed", self.store.put, "k", 1)

    def test_shared(self):
        self.assertIsInstance(self.shared, Store)
        self.assertGreaterEqual(Store.opened, 2)


class BrokenFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("database unavailable")

    def test_query(self):
        pass


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromTestCase(StatsTests))
    suite.addTests(loader.loadTestsFromTestCase(StoreTests))
    suite.addTest(BrokenFixture("test_query"))
    return suite


if __name__ == "__main__":
    logging.getLogger().addHandler(logging.NullHandler())
    unittest.main(verbosity=2)
