/* main (renamed for the runtime's root), aggregates passed by value,
   static and global variables, and many locals live at once.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int poll_once (int);
struct cfg { int a, b, c, d; double w[4]; };
int counter;

static int
weigh (struct cfg c, int n)
{
  static int calls;
  double t = 0;
  int a = c.a, b = c.b, d = c.d, e = n * 2, f = n * 3, g = n ^ 5;
  for (int i = 0; i < n; i++)
    {
      t += c.w[i & 3] * poll_once (a + b);
      a += e; b += f; d += g; counter++;
    }
  calls++;
  return (int) t + a + b + d + e + f + g + calls;
}

int
main (int argc, char **argv)
{
  struct cfg c = { argc, 2, 3, 4, { 1, 2, 3, 4 } };
  int total = 0;
  for (int i = 0; i < argc; i++)
    total += weigh (c, argv[i][0]);
  while (poll_once (total))
    total--;
  return total & 0xff;
}
