/* For system-decl-defined.c: a function that a system header declares,
   defined by the program, in a unit that does not include the header.  */

#include <gearshift.h>

long
sys_sum (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      s += i ^ (s & 7);
      gearshift_update_point ("sum");
    }
  return s;
}
