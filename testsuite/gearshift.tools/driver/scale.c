/* The driver test's static library (main.c).  */

int
scale (int x)
{
  return 10 * x;
}
