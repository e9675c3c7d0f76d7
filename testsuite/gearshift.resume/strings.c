/* Strings built in local char arrays across updates: appended character
   by character, with snprintf/strcat in between, and a pointer into it.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <string.h>

static char __attribute__ ((noinline))
letter (int k)
{
  int v = k;
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("letter");
      v = v * 7 + 3;
    }
  return (char) ('a' + v % 26);
}

static void __attribute__ ((noinline))
reverse (char *s)
{
  size_t n = strlen (s);
  for (size_t i = 0; i < n / 2; i++)
    {
      gearshift_update_point ("reverse");
      char t = s[i];
      s[i] = s[n - 1 - i];
      s[n - 1 - i] = t;
    }
}

int
main (void)
{
  char word[64] = "";
  char line[256];
  char *cursor = word;
  line[0] = '\0';
  for (int k = 0; k < 20; k++)
    {
      *cursor++ = letter (k);
      *cursor = '\0';
      if (k % 5 == 4)
	{
	  char part[32];
	  snprintf (part, sizeof part, "%s:%d;", word + k - 4, k);
	  strcat (line, part);
	}
    }
  reverse (word);
  printf ("word=%s len=%d\n", word, (int) (cursor - word));
  printf ("line=%s\n", line);
  fflush (stdout);
  return 0;
}

/* { dg-output "^word=gbwrmhcxsnidytojezup len=20\n" } */
/* { dg-output "line=puzej:4;otydi:9;nsxch:14;mrwbg:19;\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
