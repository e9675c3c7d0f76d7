/* Part of the driver test's program (main.c).  */

int
step (int i)
{
  return i + 1;
}
