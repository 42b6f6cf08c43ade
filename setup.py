"""The one compiled module: the locator's tree walk (src/pressclip/locate/_walk.pyx).

Everything else is declared in pyproject.toml. The extension is optional: where no C
compiler is found, pip installs pressclip with the pure-Python walk, which gives the same
blocks more slowly (README, "Installing").
"""

import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

walk = Extension(
    "pressclip.locate._walk",
    ["src/pressclip/locate/_walk.pyx"],
    # lxml's public C API and the libxml2 headers it ships with.
    include_dirs=lxml.get_include(),
    optional=True,
)
setup(ext_modules=cythonize([walk], compiler_directives={"language_level": "3"}))
