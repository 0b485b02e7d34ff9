/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Utterance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.UtteranceImpl#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.UtteranceImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.UtteranceImpl#getStartMillis <em>Start Millis</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.UtteranceImpl#getEndMillis <em>End Millis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UtteranceImpl extends IdentifiedImpl implements Utterance {
	/**
	 * The cached value of the '{@link #getSpeaker() <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeaker()
	 * @generated
	 * @ordered
	 */
	protected Participant speaker;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartMillis() <em>Start Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMillis()
	 * @generated
	 * @ordered
	 */
	protected static final Long START_MILLIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartMillis() <em>Start Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMillis()
	 * @generated
	 * @ordered
	 */
	protected Long startMillis = START_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndMillis() <em>End Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMillis()
	 * @generated
	 * @ordered
	 */
	protected static final Long END_MILLIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndMillis() <em>End Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMillis()
	 * @generated
	 * @ordered
	 */
	protected Long endMillis = END_MILLIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UtteranceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.UTTERANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant getSpeaker() {
		if (speaker != null && speaker.eIsProxy()) {
			InternalEObject oldSpeaker = (InternalEObject)speaker;
			speaker = (Participant)eResolveProxy(oldSpeaker);
			if (speaker != oldSpeaker) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.UTTERANCE__SPEAKER, oldSpeaker, speaker));
			}
		}
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Participant basicGetSpeaker() {
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeaker(Participant newSpeaker) {
		Participant oldSpeaker = speaker;
		speaker = newSpeaker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UTTERANCE__SPEAKER, oldSpeaker, speaker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UTTERANCE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getStartMillis() {
		return startMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMillis(Long newStartMillis) {
		Long oldStartMillis = startMillis;
		startMillis = newStartMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UTTERANCE__START_MILLIS, oldStartMillis, startMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getEndMillis() {
		return endMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndMillis(Long newEndMillis) {
		Long oldEndMillis = endMillis;
		endMillis = newEndMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UTTERANCE__END_MILLIS, oldEndMillis, endMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.UTTERANCE__SPEAKER:
				if (resolve) return getSpeaker();
				return basicGetSpeaker();
			case ModelPackage.UTTERANCE__TEXT:
				return getText();
			case ModelPackage.UTTERANCE__START_MILLIS:
				return getStartMillis();
			case ModelPackage.UTTERANCE__END_MILLIS:
				return getEndMillis();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.UTTERANCE__SPEAKER:
				setSpeaker((Participant)newValue);
				return;
			case ModelPackage.UTTERANCE__TEXT:
				setText((String)newValue);
				return;
			case ModelPackage.UTTERANCE__START_MILLIS:
				setStartMillis((Long)newValue);
				return;
			case ModelPackage.UTTERANCE__END_MILLIS:
				setEndMillis((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.UTTERANCE__SPEAKER:
				setSpeaker((Participant)null);
				return;
			case ModelPackage.UTTERANCE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ModelPackage.UTTERANCE__START_MILLIS:
				setStartMillis(START_MILLIS_EDEFAULT);
				return;
			case ModelPackage.UTTERANCE__END_MILLIS:
				setEndMillis(END_MILLIS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.UTTERANCE__SPEAKER:
				return speaker != null;
			case ModelPackage.UTTERANCE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ModelPackage.UTTERANCE__START_MILLIS:
				return START_MILLIS_EDEFAULT == null ? startMillis != null : !START_MILLIS_EDEFAULT.equals(startMillis);
			case ModelPackage.UTTERANCE__END_MILLIS:
				return END_MILLIS_EDEFAULT == null ? endMillis != null : !END_MILLIS_EDEFAULT.equals(endMillis);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", startMillis: "); //$NON-NLS-1$
		result.append(startMillis);
		result.append(", endMillis: "); //$NON-NLS-1$
		result.append(endMillis);
		result.append(')');
		return result.toString();
	}

} //UtteranceImpl
