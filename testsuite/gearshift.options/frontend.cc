// A C++ translation unit: the plugin must refuse it (only C is
// instrumented), by frontends.exp.
int
twice (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += i;
  return s;
}
