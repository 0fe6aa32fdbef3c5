import functools

async def hello(executor):
    await loop.run_in_executor(None, functools.partial(print, 'hello', 'python', end=' ')

>>> import functools
>>> hello = functools.partial(print. 'hello', 'python', end=' ')
>>> hello()
hello python
>>> hello('script', sep='-')
hello-python-script
