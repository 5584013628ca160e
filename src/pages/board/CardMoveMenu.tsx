import { useState, type MouseEvent } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import MoveIcon from '@mui/icons-material/DriveFileMove';
import { useTranslate } from 'react-admin';
import { nextStages, type Role, type Stage } from '../../domain';

interface CardMoveMenuProps {
  stage: Stage;
  role: Role | null | undefined;
  /** Says which card the menu moves, for screen readers. */
  label: string;
  disabled?: boolean;
  onMove: (to: Stage) => void;
}

/** "Move…": the keyboard's and the phone's way to move a card, offering only the stages the rule allows this role. */
export function CardMoveMenu({ stage, role, label, disabled, onMove }: CardMoveMenuProps) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const targets = nextStages(stage, role);
  if (targets.length === 0) return null;
  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  const pick = (to: Stage) => {
    setAnchor(null);
    onMove(to);
  };
  return (
    <>
      <Button size="small" startIcon={<MoveIcon />} onClick={open} aria-label={label} aria-haspopup="menu" disabled={disabled}>
        {translate('board.card.moveTo')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {targets.map((to) => (
          <MenuItem key={to} onClick={() => pick(to)}>
            {translate(`app.stage.${to}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
