# a relative import climbing above the top-level package
import relpkg_err
